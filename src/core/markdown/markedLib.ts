/** The parts of marked Exam Kiosk uses, as one module the extension bundles as a chunk of its own (dist/lazy/marked.js). */
export { Lexer, Marked } from 'marked';
