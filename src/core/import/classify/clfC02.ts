/**
 * Keyword map for CLF-C02 (AWS Certified Cloud Practitioner), following the task statements and the in-scope
 * services of the exam guide. Services weigh 2 and phrases 1 unless stated; the services and phrases that
 * define a task ("shared responsibility", AWS CloudTrail for governance, Amazon S3 for storage) weigh 3 or 4.
 */
import type { KeywordMap } from './keywordMap';

export const CLF_C02: KeywordMap = {
  exam: 'CLF-C02',
  defaultTask: '1.1',
  tasks: {
    '1.1': [
      ['benefit*', 1], ['advantage*', 1], 'agility', 'agile', 'elasticity', 'elastic', 'scalab*', 'high availability',
      'global reach', 'go global', 'speed of deployment', 'time to market', 'stop guessing', 'guess capacity',
      'economies of scale', 'fault toleran*', 'reliability', 'cloud computing',
    ],
    '1.2': [
      ['aws-well-architected', 3], ['design principle*', 3], ['pillar*', 2], 'operational excellence',
      'performance efficiency', 'cost optimization', 'sustainability', 'loosely coupl*', 'loose coupling',
      'decoupl*', 'single point of failure', 'design for failure', 'horizontal scaling', 'scale horizontally',
      'scale out', 'disposable resources', 'automat*', 'architect*',
    ],
    '1.3': [
      ['migrat*', 3], ['aws-cloud-adoption-framework', 3], 'aws-migration-hub', 'aws-application-migration-service',
      ['aws-dms', 1], ['aws-snow-family', 1], 'aws-datasync', 'rehost', 'replatform', 'refactor', 'repurchase',
      'retire', 'lift and shift', 'move to the cloud', 'moving to the cloud', 'on premises data center',
    ],
    '1.4': [
      ['total cost of ownership', 3], ['tco', 3], 'capital expense*', 'capital expenditure*', 'capex',
      'operational expense*', 'operating expense*', 'opex', 'variable expense*', 'variable cost*', 'fixed cost*',
      'upfront cost*', 'up front', 'economies of scale', 'bring your own license', 'byol', 'licens*',
      'rightsiz*', 'right siz*', 'cost saving*', 'reduce cost*', 'cost effective', 'data center cost*',
    ],
    '2.1': [
      ['shared responsibility', 6], ['responsibility of the customer', 4], ['customer responsib*', 4],
      ['responsibility of aws', 4], ['aws responsib*', 4], ['responsib*', 2], 'security of the cloud', 'security in the cloud',
      'guest operating system', 'hypervisor', 'patch*', 'physical security', 'shared control*', 'host operating system',
      'physical hardware', 'data center access',
    ],
    '2.2': [
      ['complian*', 2], ['aws-artifact', 3], ['aws-config', 3], ['aws-cloudtrail', 3], ['aws-audit-manager', 3],
      'aws-security-hub', 'aws-control-tower', 'aws-organizations', 'amazon-cloudwatch', 'governance', 'audit*', 'encrypt*', 'at rest',
      'in transit', 'soc', 'pci', 'hipaa', 'gdpr', 'iso', 'certification*', 'data residency', 'logging', 'logs',
      'record api calls',
    ],
    '2.3': [
      ['aws-iam', 3], ['aws-iam-identity-center', 3], 'amazon-cognito', 'mfa', 'multi factor', 'root user', 'root account',
      'access key*', 'password polic*', 'least privilege', 'iam role*', 'iam user*', 'iam group*', 'user group*',
      'polic*', 'permission*', 'federat*', 'credential*', 'authenticat*', 'authoriz*', 'sign in',
    ],
    '2.4': [
      ['aws-shield', 3], ['aws-waf', 3], 'aws-firewall-manager', 'aws-network-firewall', ['amazon-guardduty', 3],
      ['amazon-inspector', 3], ['amazon-macie', 3], 'amazon-detective', ['aws-kms', 3], 'aws-cloudhsm',
      ['aws-secrets-manager', 3], ['aws-certificate-manager', 3], ['aws-security-hub', 3], 'security-groups',
      'network-acls', 'ddos', 'malicious', 'vulnerabilit*', 'threat*', 'penetration test*',
      'abuse', 'firewall*', 'sql injection', 'cross site scripting', 'sensitive data', 'security',
    ],
    '3.1': [
      ['aws-management-console', 3], ['aws-cli', 3], ['aws-sdk', 3], ['aws-cloudformation', 3], 'aws-cdk',
      'aws-systems-manager', 'aws-opsworks', 'aws-cloudshell', 'aws-cloud9', 'aws-codecommit', 'aws-codebuild',
      'aws-codedeploy', 'aws-codepipeline', 'infrastructure as code', 'programmatic*', 'api', 'apis',
      'deployment model*', 'hybrid', 'private cloud', 'public cloud', 'on premises', 'provision*', 'deploy*',
      'interact with aws', 'access aws services', 'connectivity',
    ],
    '3.2': [
      ['region*', 3], ['availability zone*', 3], ['edge location*', 3], 'aws-local-zones', 'aws-wavelength',
      'aws-outposts', 'global infrastructure', 'data center*', 'disaster recovery', 'high availability',
      'multiple regions', 'latency', 'geograph*',
    ],
    '3.3': [
      ['amazon-ec2', 2], ['ec2-auto-scaling', 3], ['aws-lambda', 3], 'aws-elastic-beanstalk', 'amazon-ecs',
      'amazon-eks', 'aws-fargate', 'amazon-ecr', 'amazon-lightsail', 'aws-batch', 'aws-app-runner',
      'elastic-load-balancing', 'instance type*', 'compute', 'container*', 'serverless', 'virtual server*',
      'virtual machine*', 'docker', 'instance*', 'server*',
    ],
    '3.4': [
      ['amazon-rds', 3], ['amazon-aurora', 3], ['amazon-dynamodb', 3], 'amazon-elasticache', 'amazon-neptune',
      'amazon-documentdb', 'amazon-keyspaces', 'amazon-qldb', 'amazon-timestream', 'amazon-memorydb', 'aws-dms',
      ['database*', 2], 'relational', 'nosql', 'sql server', 'oracle', 'mysql', 'postgresql', 'mariadb', 'in memory',
      'key value', 'graph database', 'caching',
    ],
    '3.5': [
      ['amazon-vpc', 3], ['amazon-route-53', 3], ['amazon-cloudfront', 3], 'aws-global-accelerator',
      ['aws-direct-connect', 3], 'aws-site-to-site-vpn', 'aws-client-vpn', 'aws-transit-gateway', 'vpc-peering',
      'aws-privatelink', 'amazon-api-gateway', 'nat-gateway', 'internet-gateway', 'elastic-load-balancing',
      'network*', 'dns', 'domain name*', 'cdn', 'content delivery', 'vpn', 'subnet*', 'ip address*', 'elastic ip*',
      'private connection', 'dedicated connection', 'bandwidth',
    ],
    '3.6': [
      ['amazon-s3', 3], ['amazon-s3-glacier', 3], ['amazon-ebs', 3], ['amazon-efs', 3], 'amazon-fsx',
      'aws-storage-gateway', 'instance-store', 'aws-backup', 'aws-snow-family', 'aws-elastic-disaster-recovery',
      ['storage', 2], 'object storage', 'block storage', 'file storage', 'file system*', 'storage class*', 'lifecycle',
      'archiv*', 'backup*', 'durab*', 'static website*', 'bucket*', 'volume*', 'files',
    ],
    '3.7': [
      ['amazon-sagemaker', 3], ['amazon-rekognition', 3], ['amazon-comprehend', 3], ['amazon-polly', 3], ['amazon-lex', 3],
      ['amazon-transcribe', 3], ['amazon-translate', 3], ['amazon-textract', 3], ['amazon-kendra', 3],
      ['amazon-personalize', 3], ['amazon-forecast', 3], ['amazon-bedrock', 3], ['amazon-q', 3], ['amazon-athena', 3],
      ['amazon-kinesis', 3], ['aws-glue', 3], ['amazon-emr', 3], ['amazon-quicksight', 3], ['amazon-redshift', 3],
      'amazon-opensearch-service', 'aws-lake-formation', 'amazon-msk', ['machine learning', 3],
      ['artificial intelligence', 3], 'analytic*', 'data warehous*', 'data lake*', 'business intelligence', 'dashboard*',
      'streaming', 'real time', 'big data', 'query', 'image*', 'video*', 'speech', 'chatbot*', 'etl',
    ],
    '3.8': [
      ['amazon-sqs', 3], ['amazon-sns', 3], ['amazon-ses', 3], ['amazon-eventbridge', 3], ['aws-step-functions', 3],
      'amazon-mq', ['amazon-connect', 3], ['amazon-workspaces', 3], ['amazon-appstream', 3], ['aws-iot-core', 3],
      'aws-amplify', 'aws-appsync',
      'aws-x-ray', 'queue*', 'notification*', 'email*', 'messag*', 'contact center', 'call center', 'desktop*',
      'iot', 'internet of things', 'mobile', 'front end', 'workflow*', 'monitor*',
    ],
    '4.1': [
      ['on demand', 3], ['reserved-instances', 3], ['spot-instances', 3], ['savings-plans', 3], 'dedicated host*',
      'dedicated instance*', 'free tier', ['pricing', 2], 'pricing model*', 'pay as you go', 'pay for what you use',
      'data transfer', 'per second', 'per hour', 'upfront', 'all upfront', 'partial upfront', 'capacity reservation*',
      'discount*', 'cheap*', 'lowest cost', 'cost*', 'price*', 'charge*',
    ],
    '4.2': [
      ['aws-cost-explorer', 3], ['aws-budgets', 3], ['aws-cost-and-usage-report', 3], ['consolidated-billing', 3],
      ['cost-allocation-tags', 3], 'aws-pricing-calculator', 'aws-billing-conductor', 'aws-organizations',
      ['billing', 2], 'bill', 'invoice*', 'budget*', 'forecast*', 'estimat*', 'spend*', 'usage report*', 'tag*',
      'billing alarm*', 'alert*', 'track* cost*', 'cost management',
    ],
    '4.3': [
      ['aws-support', 3], ['aws-trusted-advisor', 3], ['aws-health-dashboard', 3], 'aws-marketplace',
      'aws-professional-services', 'aws-partner-network', 'aws-iq', 'aws-repost', ['support', 2], 'support case*',
      'response time', 'technical account manager', 'concierge', 'training', 'certification', 'whitepaper*',
      'documentation', 'forum*', 'solutions architect*', 'partner*', 'third party', 'consult*', 'assistance',
      'best practice*', 'guidance', 'knowledge center', 'quick start*', 'trust and safety',
    ],
  },
};
