/**
 * AWS services and the names community banks call them by, mapped to our tag (lower-case kebab-case, as in the
 * bank format), plus a few concepts. Used for `tags` and by the per-exam keyword maps, which name services by tag. Names that are
 * also ordinary words ("Config", "Organizations", "Connect") are only matched with their AWS/Amazon prefix.
 */
import { hasPhrase, type PreparedText } from './phrases';

export interface ServiceEntry {
  readonly tag: string;
  readonly names: readonly string[];
}

const entry = (tag: string, ...names: string[]): ServiceEntry => ({ tag, names });

export const SERVICE_CATALOG: readonly ServiceEntry[] = [
  // Compute
  entry('amazon-ec2', 'ec2', 'elastic compute cloud', 'ec2 instance*', 'amazon ec2'),
  entry('ec2-auto-scaling', 'auto scaling', 'autoscaling', 'auto scaling group*'),
  entry('aws-lambda', 'lambda', 'aws lambda'),
  entry('aws-elastic-beanstalk', 'elastic beanstalk', 'beanstalk'),
  entry('amazon-ecs', 'ecs', 'elastic container service'),
  entry('amazon-eks', 'eks', 'elastic kubernetes service', 'kubernetes'),
  entry('aws-fargate', 'fargate'),
  entry('amazon-ecr', 'ecr', 'elastic container registry'),
  entry('amazon-lightsail', 'lightsail'),
  entry('aws-batch', 'aws batch'),
  entry('aws-outposts', 'outposts', 'outpost'),
  entry('aws-app-runner', 'app runner'),
  entry('aws-local-zones', 'local zone*'),
  entry('aws-wavelength', 'wavelength'),
  // Storage
  entry('amazon-s3', 's3', 'simple storage service', 'amazon s3'),
  entry('amazon-s3-glacier', 'glacier', 's3 glacier', 'glacier deep archive'),
  entry('amazon-ebs', 'ebs', 'elastic block store'),
  entry('amazon-efs', 'efs', 'elastic file system'),
  entry('amazon-fsx', 'fsx'),
  entry('aws-storage-gateway', 'storage gateway', 'file gateway', 'volume gateway', 'tape gateway'),
  entry('instance-store', 'instance store*'),
  entry('aws-backup', 'aws backup'),
  entry('aws-snow-family', 'snowball', 'snowmobile', 'snowcone', 'snow family'),
  entry('aws-datasync', 'datasync'),
  entry('aws-transfer-family', 'transfer family'),
  entry('aws-elastic-disaster-recovery', 'elastic disaster recovery'),
  // Databases
  entry('amazon-rds', 'rds', 'relational database service'),
  entry('amazon-aurora', 'aurora'),
  entry('amazon-dynamodb', 'dynamodb', 'dynamo db'),
  entry('amazon-elasticache', 'elasticache', 'memcached', 'redis'),
  entry('amazon-redshift', 'redshift'),
  entry('amazon-neptune', 'neptune'),
  entry('amazon-documentdb', 'documentdb'),
  entry('amazon-keyspaces', 'keyspaces'),
  entry('amazon-qldb', 'qldb', 'quantum ledger database'),
  entry('amazon-timestream', 'timestream'),
  entry('amazon-memorydb', 'memorydb'),
  entry('aws-dms', 'database migration service', 'dms'),
  // Networking and content delivery
  entry('amazon-vpc', 'vpc', 'vpcs', 'virtual private cloud', 'subnet*'),
  entry('amazon-route-53', 'route 53', 'route53'),
  entry('amazon-cloudfront', 'cloudfront', 'cloud front'),
  entry('aws-global-accelerator', 'global accelerator'),
  entry('aws-direct-connect', 'direct connect', 'directconnect', 'dx'),
  entry('aws-site-to-site-vpn', 'site to site vpn', 'vpn connection*', 'aws vpn', 'virtual private gateway', 'customer gateway'),
  entry('aws-client-vpn', 'client vpn'),
  entry('aws-transit-gateway', 'transit gateway*', 'tgw'),
  entry('vpc-peering', 'vpc peering', 'peering connection*'),
  entry('aws-privatelink', 'privatelink', 'interface endpoint*', 'vpc endpoint*', 'gateway endpoint*', 'endpoint service*'),
  entry(
    'elastic-load-balancing',
    'elastic load balanc*', 'elb', 'load balancer*', 'application load balancer*', 'network load balancer*',
    'gateway load balancer*', 'alb', 'nlb', 'gwlb',
  ),
  entry('amazon-api-gateway', 'api gateway'),
  entry('aws-cloud-wan', 'cloud wan'),
  entry('amazon-vpc-lattice', 'vpc lattice'),
  entry('nat-gateway', 'nat gateway*', 'nat instance*'),
  entry('internet-gateway', 'internet gateway*'),
  entry('route-53-resolver', 'route 53 resolver', 'resolver endpoint*', 'inbound endpoint*', 'outbound endpoint*', 'resolver rule*'),
  entry('vpc-flow-logs', 'flow log*'),
  entry('vpc-traffic-mirroring', 'traffic mirroring'),
  entry('vpc-reachability-analyzer', 'reachability analyzer'),
  entry('network-access-analyzer', 'network access analyzer'),
  entry('aws-network-manager', 'network manager'),
  entry('amazon-vpc-ipam', 'ipam', 'ip address manager'),
  // Security, identity and compliance
  entry('aws-iam', 'iam', 'identity and access management'),
  entry('aws-iam-identity-center', 'iam identity center', 'aws sso', 'single sign on', 'identity center'),
  entry('amazon-cognito', 'cognito'),
  entry('aws-organizations', 'aws organizations', 'service control polic*', 'scp', 'scps', 'organizational unit*'),
  entry('aws-control-tower', 'control tower'),
  entry('aws-shield', 'shield', 'aws shield', 'shield advanced'),
  entry('aws-waf', 'waf', 'web application firewall'),
  entry('aws-firewall-manager', 'firewall manager'),
  entry('aws-network-firewall', 'network firewall'),
  entry('amazon-guardduty', 'guardduty', 'guard duty'),
  entry('amazon-inspector', 'inspector'),
  entry('amazon-macie', 'macie'),
  entry('amazon-detective', 'amazon detective'),
  entry('aws-security-hub', 'security hub'),
  entry('aws-kms', 'kms', 'key management service'),
  entry('aws-cloudhsm', 'cloudhsm'),
  entry('aws-secrets-manager', 'secrets manager'),
  entry('aws-certificate-manager', 'certificate manager', 'acm'),
  entry('aws-private-ca', 'private ca', 'private certificate authority'),
  entry('aws-artifact', 'aws artifact'),
  entry('aws-audit-manager', 'audit manager'),
  entry('security-groups', 'security group*'),
  entry('network-acls', 'network acl*', 'nacl*', 'network access control list*'),
  // Management and governance
  entry('amazon-cloudwatch', 'cloudwatch', 'cloud watch'),
  entry('aws-cloudtrail', 'cloudtrail', 'cloud trail'),
  entry('aws-config', 'aws config', 'config rule*'),
  entry('aws-cloudformation', 'cloudformation', 'cloud formation'),
  entry('aws-cdk', 'cdk', 'cloud development kit'),
  entry('aws-systems-manager', 'systems manager', 'ssm', 'session manager', 'patch manager', 'parameter store'),
  entry('aws-trusted-advisor', 'trusted advisor'),
  entry('aws-health-dashboard', 'health dashboard', 'personal health dashboard', 'aws health'),
  entry('aws-opsworks', 'opsworks'),
  entry('aws-service-catalog', 'service catalog'),
  entry('aws-management-console', 'management console', 'aws console'),
  entry('aws-cli', 'cli', 'command line interface'),
  entry('aws-sdk', 'sdk', 'sdks', 'software development kit*'),
  entry('aws-well-architected', 'well architected'),
  entry('aws-resource-access-manager', 'resource access manager'),
  entry('aws-license-manager', 'license manager'),
  entry('aws-compute-optimizer', 'compute optimizer'),
  entry('aws-migration-hub', 'migration hub'),
  entry('aws-application-migration-service', 'application migration service', 'server migration service'),
  entry('aws-cloud-adoption-framework', 'cloud adoption framework', 'aws caf'),
  // Billing and cost management
  entry('aws-cost-explorer', 'cost explorer'),
  entry('aws-budgets', 'aws budgets', 'budgets'),
  entry('aws-cost-and-usage-report', 'cost and usage report*'),
  entry('aws-pricing-calculator', 'pricing calculator', 'simple monthly calculator', 'tco calculator'),
  entry('consolidated-billing', 'consolidated billing'),
  entry('cost-allocation-tags', 'cost allocation tag*'),
  entry('aws-billing-conductor', 'billing conductor'),
  entry('savings-plans', 'savings plan*'),
  entry('reserved-instances', 'reserved instance*'),
  entry('spot-instances', 'spot instance*', 'spot fleet'),
  entry('aws-support', 'support plan*', 'enterprise support', 'business support', 'developer support', 'basic support', 'technical account manager', 'tam', 'concierge'),
  entry('aws-marketplace', 'marketplace'),
  entry('aws-professional-services', 'professional services'),
  entry('aws-partner-network', 'partner network', 'apn'),
  entry('aws-iq', 'aws iq'),
  entry('aws-repost', 're post', 'knowledge center'),
  // Analytics and AI/ML
  entry('amazon-athena', 'athena'),
  entry('amazon-kinesis', 'kinesis'),
  entry('aws-glue', 'aws glue', 'glue'),
  entry('amazon-emr', 'emr', 'elastic mapreduce', 'hadoop'),
  entry('amazon-quicksight', 'quicksight'),
  entry('amazon-opensearch-service', 'opensearch', 'elasticsearch'),
  entry('aws-lake-formation', 'lake formation'),
  entry('amazon-msk', 'msk', 'managed streaming for apache kafka', 'kafka'),
  entry('amazon-sagemaker', 'sagemaker'),
  entry('amazon-rekognition', 'rekognition', 'recognition'),
  entry('amazon-comprehend', 'comprehend'),
  entry('amazon-polly', 'polly'),
  entry('amazon-lex', 'lex'),
  entry('amazon-transcribe', 'transcribe'),
  entry('amazon-translate', 'amazon translate'),
  entry('amazon-textract', 'textract'),
  entry('amazon-kendra', 'kendra'),
  entry('amazon-personalize', 'amazon personalize'),
  entry('amazon-forecast', 'amazon forecast'),
  entry('amazon-bedrock', 'bedrock'),
  entry('amazon-q', 'amazon q'),
  // Application integration, end-user computing, IoT, developer tools, others
  entry('amazon-sqs', 'sqs', 'simple queue service'),
  entry('amazon-sns', 'sns', 'simple notification service'),
  entry('amazon-ses', 'ses', 'simple email service'),
  entry('amazon-eventbridge', 'eventbridge', 'cloudwatch events'),
  entry('aws-step-functions', 'step functions'),
  entry('amazon-mq', 'amazon mq'),
  entry('amazon-connect', 'amazon connect'),
  entry('amazon-workspaces', 'workspaces'),
  entry('amazon-appstream', 'appstream'),
  entry('aws-iot-core', 'iot core', 'aws iot', 'iot greengrass', 'greengrass'),
  entry('aws-amplify', 'aws amplify'),
  entry('aws-appsync', 'appsync'),
  entry('aws-codecommit', 'codecommit'),
  entry('aws-codebuild', 'codebuild'),
  entry('aws-codedeploy', 'codedeploy'),
  entry('aws-codepipeline', 'codepipeline'),
  entry('aws-codestar', 'codestar'),
  entry('aws-cloud9', 'cloud9'),
  entry('aws-cloudshell', 'cloudshell'),
  entry('aws-x-ray', 'x ray', 'xray'),
];

/**
 * Concepts worth a tag when no service is named ("shared responsibility", "TCO"). Kept apart from services:
 * keyword maps name services by tag, concepts by phrase.
 */
export const CONCEPT_CATALOG: readonly ServiceEntry[] = [
  entry('shared-responsibility', 'shared responsibility', 'security of the cloud', 'security in the cloud'),
  entry('cloud-economics', 'total cost of ownership', 'tco', 'capital expense*', 'variable expense*', 'economies of scale', 'capex', 'opex'),
  entry('pricing-models', 'on demand', 'pay as you go', 'dedicated host*', 'dedicated instance*', 'free tier', 'upfront'),
  entry('elasticity', 'elasticity', 'elastic', 'scale out', 'scale in'),
  entry('scalability', 'scalab*', 'scaling'),
  entry('high-availability', 'high availability', 'highly available', 'fault toleran*', 'single point of failure'),
  entry('agility', 'agility', 'agile', 'time to market'),
  entry('global-infrastructure', 'region*', 'availability zone*', 'edge location*', 'global infrastructure'),
  entry('disaster-recovery', 'disaster recovery', 'recover*', 'backup*'),
  entry('migration', 'migrat*', 'lift and shift', 'rehost*', 'replatform*'),
  entry('hybrid-cloud', 'hybrid', 'on premises'),
  entry('deployment-models', 'deployment model*', 'private cloud', 'public cloud', 'iaas', 'paas', 'saas'),
  entry('least-privilege', 'least privilege'),
  entry('mfa', 'mfa', 'multi factor'),
  entry('root-user', 'root user', 'root account'),
  entry('encryption', 'encrypt*'),
  entry('compliance', 'complian*', 'audit*'),
  entry('penetration-testing', 'penetration test*'),
  entry('ddos', 'ddos', 'denial of service'),
  entry('serverless', 'serverless'),
  entry('infrastructure-as-code', 'infrastructure as code'),
  entry('design-principles', 'design principle*', 'loosely coupl*', 'loose coupling', 'decoupl*'),
  entry('support-plans', 'support plan*', 'basic support', 'developer support', 'business support', 'enterprise support'),
  entry('billing', 'billing', 'invoice*', 'bill'),
  entry('bgp', 'bgp', 'border gateway protocol'),
  entry('dns', 'dns'),
  entry('routing', 'route table*', 'routing'),
];

/** The tags of the services named in `text`, in catalog order. */
export function detectServices(text: PreparedText): string[] {
  return SERVICE_CATALOG.filter((s) => s.names.some((n) => hasPhrase(text, n))).map((s) => s.tag);
}

/** The tags of the concepts named in `text`, in catalog order. */
export function detectConcepts(text: PreparedText): string[] {
  return CONCEPT_CATALOG.filter((s) => s.names.some((n) => hasPhrase(text, n))).map((s) => s.tag);
}

const TAGS = new Set(SERVICE_CATALOG.map((s) => s.tag));

/** True when `keyword` is a service tag of the catalog rather than a phrase. */
export function isServiceTag(keyword: string): boolean {
  return TAGS.has(keyword);
}
