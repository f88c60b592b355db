/**
 * Keyword map for ANS-C01 (AWS Certified Advanced Networking – Specialty). Design tasks (domain 1) and
 * implementation tasks (domain 2) share their services; verbs of design ("design", "architecture",
 * "requirement") and of implementation ("configure", "implement") tip the balance.
 */
import type { KeywordMap } from './keywordMap';

export const ANS_C01: KeywordMap = {
  exam: 'ANS-C01',
  defaultTask: '1.5',
  tasks: {
    '1.1': [
      ['amazon-cloudfront', 3], ['aws-global-accelerator', 3], ['lambda edge', 3], 'cloudfront function*',
      'edge location*', 'edge', 'origin*', 'origin shield', 'anycast', 'geo restriction', 'signed url*',
      'global users', 'users around the world', 'cach*', 'static ip*', 'global architecture*',
    ],
    '1.2': [
      ['amazon-route-53', 3], ['dns', 2], 'hosted zone*', 'public hosted zone*', 'routing polic*', 'latency based',
      'geolocation', 'geoproximity', 'weighted', 'failover routing', 'health check*', 'dnssec', 'alias record*',
      'cname', 'domain*', 'record set*', 'design',
    ],
    '1.3': [
      ['elastic-load-balancing', 3], ['application load balancer*', 3], ['network load balancer*', 3],
      ['gateway load balancer*', 3], 'target group*', 'sticky session*', 'cross zone', 'listener*',
      'proxy protocol', 'tls termination', 'ssl offload*', 'load balanc*', 'high availability', 'scalab*',
    ],
    '1.4': [
      ['vpc-flow-logs', 2], ['amazon-cloudwatch', 2], 'vpc-traffic-mirroring', 'aws-network-manager',
      'logging requirement*', 'monitoring requirement*', 'log*', 'monitor*', 'metric*', 'visibility', 'design',
    ],
    '1.5': [
      ['aws-direct-connect', 3], ['aws-site-to-site-vpn', 3], 'direct connect gateway', 'transit vif',
      'virtual interface*', 'vif', 'link aggregation', 'lag', 'sd wan', 'hybrid', 'on premises', 'data center*',
      'corporate network', 'redundan*', 'resilien*', 'design', 'architecture', 'requirement*', 'bgp',
    ],
    '1.6': [
      ['aws-transit-gateway', 3], ['vpc-peering', 3], ['aws-privatelink', 3], 'aws-resource-access-manager',
      'aws-cloud-wan', 'amazon-vpc-lattice', 'shared vpc*', 'multiple vpcs', 'multiple accounts', 'multi account',
      'inter region', 'cross region', 'multiple regions', 'hub and spoke', 'many vpcs', 'design', 'architecture',
      'connectivity pattern*', 'aws-organizations',
    ],
    '2.1': [
      ['aws-direct-connect', 2], ['aws-site-to-site-vpn', 2], ['bgp', 3], 'asn', 'as path', 'as path prepend*',
      'prepend*', 'local preference', 'med', 'community', 'communities', 'public vif', 'private vif', 'transit vif',
      'virtual interface*', 'ipsec', 'tunnel*', 'customer gateway', 'virtual private gateway', 'configure', 'implement*',
      'advertis*', 'on premises', 'propagat*',
    ],
    '2.2': [
      ['aws-transit-gateway', 2], ['vpc-peering', 2], 'transit gateway route table*', 'attachment*', 'association*',
      'route table*', 'prefix list*', 'overlapping cidr*', 'overlapping ip*', 'private nat gateway', 'nat-gateway',
      'aws-privatelink', 'configure', 'implement*', 'cidr*', 'route*',
    ],
    '2.3': [
      ['route-53-resolver', 4], ['private hosted zone*', 3], 'inbound endpoint*', 'outbound endpoint*',
      'resolver rule*', 'forwarding rule*', 'conditional forward*', 'dns firewall', 'dns resolution', 'resolve',
      'on premises dns', 'active directory', 'hybrid dns', 'dhcp option*',
    ],
    '2.4': [
      ['aws-cloudformation', 3], ['aws-cdk', 3], 'infrastructure as code', 'automat*', 'amazon-eventbridge',
      'aws-lambda', 'aws-systems-manager', 'aws-service-catalog', 'stackset*', 'template*', 'terraform',
      'amazon-vpc-ipam', 'ip address management', 'pipeline', 'repeatable',
    ],
    '3.1': [
      'route propagation', 'bgp session*', 'route table*', 'troubleshoot*', 'bfd', 'bidirectional forwarding',
      'failover', 'mtu', 'asymmetric routing', 'maintain', 'connectivity issue*', 'cannot connect', 'unable to',
      'route*',
    ],
    '3.2': [
      ['vpc-flow-logs', 3], ['vpc-traffic-mirroring', 3], ['vpc-reachability-analyzer', 3], 'amazon-cloudwatch',
      'aws-network-manager', 'amazon-athena', 'packet capture', 'packet*', 'analy*', 'traffic pattern*',
      'contributor insights', 'troubleshoot*', 'monitor*', 'inspect*',
    ],
    '3.3': [
      ['performance', 2], ['cost effective*', 2], 'cost*', 'data transfer', 'enhanced networking', 'ena', 'efa',
      'placement group*', 'jumbo frame*', 'mtu', 'throughput', 'bandwidth', 'latency', 'optimi*', 'reduce cost*',
      'gateway endpoint*', 'cheap*', 'least expensive', 'reliab*',
    ],
    '4.1': [
      ['security-groups', 3], ['network-acls', 3], ['aws-network-firewall', 3], 'aws-waf', 'aws-shield',
      'aws-firewall-manager', 'dns firewall', 'gateway load balancer*', 'ddos', 'firewall*', 'block*', 'deny',
      'inspect* traffic', 'intrusion', 'ids', 'ips', 'security', 'compliance',
    ],
    '4.2': [
      ['amazon-guardduty', 3], ['network-access-analyzer', 3], 'aws-config', 'aws-cloudtrail', 'aws-security-hub',
      'vpc-flow-logs', 'audit*', 'validat*', 'compliance', 'detect*', 'unauthori*', 'verify', 'alert*',
    ],
    '4.3': [
      ['encrypt*', 3], ['tls', 2], ['ssl', 2], 'certificat*', 'aws-certificate-manager', 'aws-private-ca', 'aws-kms',
      'ipsec', 'macsec', 'end to end', 'in transit', 'confidential*', 'https', 'private ca', 'mutual tls',
    ],
  },
};
