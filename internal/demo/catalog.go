package demo

import "github.com/debrief/debrief/ent/schema/enum"

// vendorSpec is an outside company the demo organisation depends on. The
// names are invented so that the demo never appears to blame a real one.
type vendorSpec struct {
	name        string
	website     string
	description string
}

var vendorSpecs = []vendorSpec{
	{"Stratus Cloud", "https://stratus-cloud.example.com", "Cloud provider: compute, managed databases and object storage in eu-west and us-east."},
	{"PayWave", "https://paywave.example.com", "Payment processor for every card and wallet payment."},
	{"EdgeFast", "https://edgefast.example.com", "CDN and edge cache in front of the storefront."},
	{"MailRelay", "https://mailrelay.example.com", "Transactional and marketing email: receipts, password resets, newsletters."},
	{"PageBeacon", "https://pagebeacon.example.com", "On-call paging, schedules and escalation."},
}

// serviceSpec is something incidents are about: a running service, an
// area of the code base, or what a vendor provides us.
type serviceSpec struct {
	name        string
	kind        enum.ServiceKind
	team        string
	vendor      string
	description string
}

var serviceSpecs = []serviceSpec{
	{"checkout-api", enum.ServiceKindService, "Checkout", "", "Basket, pricing and order placement API."},
	{"web-storefront", enum.ServiceKindService, "Checkout", "", "Server-rendered storefront behind the CDN."},
	{"payments-gateway", enum.ServiceKindService, "Payments", "", "Routes card and wallet payments to PayWave; owns retries and idempotency."},
	{"ledger", enum.ServiceKindService, "Payments", "", "Double-entry ledger of every payment and refund."},
	{"mobile-bff", enum.ServiceKindService, "Mobile", "", "Backend-for-frontend serving the iOS and Android apps."},
	{"identity", enum.ServiceKindService, "Platform", "", "Login, sessions, password resets and API keys."},
	{"orders-db", enum.ServiceKindService, "Platform", "", "Primary PostgreSQL cluster for orders, with a replica in a second zone."},
	{"order-events", enum.ServiceKindService, "Data", "", "Queue and consumers for order events: confirmations, fulfilment, analytics."},
	{"notifications", enum.ServiceKindService, "Platform", "", "Sends email and push notifications on behalf of every team."},
	{"warehouse", enum.ServiceKindService, "Data", "", "Analytics warehouse and the finance dashboards built on it."},
	{"ci-cd-pipeline", enum.ServiceKindCodeArea, "Platform", "", "Build, test and deploy pipeline for every service."},
	{"feature-flags", enum.ServiceKindCodeArea, "Platform", "", "Flag definitions and the targeting rules evaluated at request time."},
	{"ios-app", enum.ServiceKindCodeArea, "Mobile", "", "The iOS app code base and its release train."},
	{"dns-and-tls", enum.ServiceKindCodeArea, "Platform", "", "DNS zones, certificates and the infrastructure code that manages them."},
	{"stratus-compute", enum.ServiceKindVendorDependency, "Platform", "Stratus Cloud", "Compute, managed disks and snapshots in Stratus eu-west-2."},
	{"paywave-api", enum.ServiceKindVendorDependency, "Payments", "PayWave", "PayWave authorisation, capture and refund APIs."},
	{"edgefast-cdn", enum.ServiceKindVendorDependency, "Platform", "EdgeFast", "EdgeFast cache configuration and purge API."},
	{"mailrelay-email", enum.ServiceKindVendorDependency, "Platform", "MailRelay", "MailRelay sending accounts for transactional and marketing mail."},
	{"pagebeacon-paging", enum.ServiceKindVendorDependency, "Platform", "PageBeacon", "PageBeacon schedules, escalation policies and notification delivery."},
}

// serviceNamed finds a service of the catalogue.
func serviceNamed(name string) *serviceSpec {
	for i := range serviceSpecs {
		if serviceSpecs[i].name == name {
			return &serviceSpecs[i]
		}
	}
	return nil
}

// factorCategorySpec is one entry of the shared contributing-factor
// taxonomy. The descriptions tell people which box to use, which is what
// makes factors comparable across incidents.
type factorCategorySpec struct {
	name        string
	description string
}

// Factor category names, used by the scenarios.
const (
	changeManagement = "Change management"
	capacity         = "Capacity"
	thirdParty       = "Third-party dependency"
	observabilityGap = "Observability gap"
	knowledgeSilo    = "Knowledge silo"
	alertFatigue     = "Alert fatigue"
	configuration    = "Configuration"
	coordination     = "Process/coordination"
)

var factorCategorySpecs = []factorCategorySpec{
	{changeManagement, "How changes reach production: review, rollout, canaries, feature flags and rollback."},
	{capacity, "Headroom of systems and of people: load, limits, quotas, disk, on-call staffing."},
	{thirdParty, "Behaviour of vendors and outside services we depend on, and what our contracts with them cover."},
	{observabilityGap, "What we could not see: missing or misleading metrics, logs, health checks, alerts and dashboards."},
	{knowledgeSilo, "Knowledge held by few people or nobody: undocumented systems, single experts, people who moved on."},
	{alertFatigue, "Alerts that are noisy, flapping or routinely ignored, so that real signals are missed."},
	{configuration, "Settings, flags, timeouts and infrastructure definitions that were wrong or surprising."},
	{coordination, "Handoffs, ownership, communication and decision-making across teams and departments."},
}

// Tags beyond those the scenarios name: derived from when an incident
// happened, because weekend and peak-season incidents are a question
// leadership asks about.
const (
	tagWeekend    = "weekend"
	tagPeakSeason = "peak-season"
)

// tagNames lists every tag the demo uses, scenario tags first, in a stable
// order.
func tagNames() []string {
	seen := map[string]bool{}
	var names []string
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	for _, sc := range scenarios {
		for _, t := range sc.tags {
			add(t)
		}
	}
	add(tagWeekend)
	add(tagPeakSeason)
	return names
}
