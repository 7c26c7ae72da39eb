-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_incidents" table
CREATE TABLE `new_incidents` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `title` text NOT NULL, `summary` text NULL, `severity` text NOT NULL, `status` text NOT NULL DEFAULT ('RESPONDING'), `started_at` datetime NOT NULL, `detected_at` datetime NULL, `acknowledged_at` datetime NULL, `mitigated_at` datetime NULL, `resolved_at` datetime NULL, `customer_impact` text NULL, `customers_affected` integer NULL, `review_mode` text NULL, `review_due_at` datetime NULL, `learnings_override_reason` text NULL, `import_key` text NULL, `source_url` text NULL, `restricted` bool NOT NULL DEFAULT (false), `created_by_id` integer NULL, `facilitator_id` integer NULL, CONSTRAINT `incidents_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `incidents_users_facilitator` FOREIGN KEY (`facilitator_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "new_incidents" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_incidents", 17179869184);
-- Copy rows from old table "incidents" to new temporary table "new_incidents"
INSERT INTO `new_incidents` (`id`, `created_at`, `updated_at`, `version`, `title`, `summary`, `severity`, `status`, `started_at`, `detected_at`, `acknowledged_at`, `mitigated_at`, `resolved_at`, `customer_impact`, `customers_affected`, `review_mode`, `review_due_at`, `learnings_override_reason`, `restricted`, `created_by_id`, `facilitator_id`) SELECT `id`, `created_at`, `updated_at`, `version`, `title`, `summary`, `severity`, `status`, `started_at`, `detected_at`, `acknowledged_at`, `mitigated_at`, `resolved_at`, `customer_impact`, `customers_affected`, `review_mode`, `review_due_at`, `learnings_override_reason`, `restricted`, `created_by_id`, `facilitator_id` FROM `incidents`;
-- Drop "incidents" table after copying rows
DROP TABLE `incidents`;
-- Rename temporary table "new_incidents" to "incidents"
ALTER TABLE `new_incidents` RENAME TO `incidents`;
-- Create index "incident_started_at" to table: "incidents"
CREATE INDEX `incident_started_at` ON `incidents` (`started_at`);
-- Create index "incident_status_started_at" to table: "incidents"
CREATE INDEX `incident_status_started_at` ON `incidents` (`status`, `started_at`);
-- Create index "incident_severity_started_at" to table: "incidents"
CREATE INDEX `incident_severity_started_at` ON `incidents` (`severity`, `started_at`);
-- Create index "incident_import_key" to table: "incidents"
CREATE UNIQUE INDEX `incident_import_key` ON `incidents` (`import_key`);
-- Create "annotations" table
CREATE TABLE `annotations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `body` text NOT NULL, `scope` text NOT NULL, `period_start` datetime NULL, `period_end` datetime NULL, `figure` text NULL, `created_by_id` integer NULL, `incident_id` integer NULL, `service_id` integer NULL, CONSTRAINT `annotations_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `annotations_incidents_incident` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE SET NULL, CONSTRAINT `annotations_services_service` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE SET NULL);
-- Set sequence for "annotations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("annotations", 94489280512);
-- Create index "annotation_scope_period_start" to table: "annotations"
CREATE INDEX `annotation_scope_period_start` ON `annotations` (`scope`, `period_start`);
-- Create index "annotation_incident_id" to table: "annotations"
CREATE INDEX `annotation_incident_id` ON `annotations` (`incident_id`);
-- Create index "annotation_service_id" to table: "annotations"
CREATE INDEX `annotation_service_id` ON `annotations` (`service_id`);
-- Create "search_documents" table
CREATE TABLE `search_documents` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `entity_type` text NOT NULL, `entity_id` integer NOT NULL, `incident_id` integer NULL, `title` text NULL, `body` text NULL, `tsv` text NULL, `updated_at` datetime NOT NULL);
-- Set sequence for "search_documents" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("search_documents", 98784247808);
-- Create index "searchdocument_entity_type_entity_id" to table: "search_documents"
CREATE UNIQUE INDEX `searchdocument_entity_type_entity_id` ON `search_documents` (`entity_type`, `entity_id`);
-- Create index "searchdocument_incident_id" to table: "search_documents"
CREATE INDEX `searchdocument_incident_id` ON `search_documents` (`incident_id`);
-- Create index "searchdocument_tsv" to table: "search_documents"
CREATE INDEX `searchdocument_tsv` ON `search_documents` (`tsv`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
