-- Add column "runbook_url" to table: "services"
ALTER TABLE `services` ADD COLUMN `runbook_url` text NULL;
-- Add column "chat_channel" to table: "teams"
ALTER TABLE `teams` ADD COLUMN `chat_channel` text NULL;
-- Add column "escalation" to table: "teams"
ALTER TABLE `teams` ADD COLUMN `escalation` text NULL;
-- Add column "phone" to table: "users"
ALTER TABLE `users` ADD COLUMN `phone` text NULL;
-- Add column "chat_handle" to table: "users"
ALTER TABLE `users` ADD COLUMN `chat_handle` text NULL;
-- Add column "expertise" to table: "users"
ALTER TABLE `users` ADD COLUMN `expertise` json NULL;
-- Create "checklist_items" table
CREATE TABLE `checklist_items` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `position` integer NOT NULL, `title` text NOT NULL, `guidance` text NULL, `role` text NULL, `done_at` datetime NULL, `note` text NULL, `created_by_id` integer NULL, `done_by_id` integer NULL, `incident_id` integer NOT NULL, `checklist_id` integer NOT NULL, CONSTRAINT `checklist_items_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `checklist_items_users_done_by` FOREIGN KEY (`done_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `checklist_items_incidents_checklist_items` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE NO ACTION, CONSTRAINT `checklist_items_incident_checklists_items` FOREIGN KEY (`checklist_id`) REFERENCES `incident_checklists` (`id`) ON DELETE NO ACTION);
-- Set sequence for "checklist_items" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("checklist_items", 103079215104);
-- Create index "checklistitem_checklist_id_position" to table: "checklist_items"
CREATE INDEX `checklistitem_checklist_id_position` ON `checklist_items` (`checklist_id`, `position`);
-- Create "comms_guidelines" table
CREATE TABLE `comms_guidelines` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `audience` text NOT NULL, `body` text NOT NULL, `update_every_minutes` integer NULL, `created_by_id` integer NULL, CONSTRAINT `comms_guidelines_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "comms_guidelines" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("comms_guidelines", 107374182400);
-- Create index "commsguideline_audience" to table: "comms_guidelines"
CREATE UNIQUE INDEX `commsguideline_audience` ON `comms_guidelines` (`audience`);
-- Create "incident_checklists" table
CREATE TABLE `incident_checklists` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `incident_id` integer NOT NULL, `created_by_id` integer NULL, `template_id` integer NULL, CONSTRAINT `incident_checklists_incidents_checklists` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE NO ACTION, CONSTRAINT `incident_checklists_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `incident_checklists_workflow_templates_template` FOREIGN KEY (`template_id`) REFERENCES `workflow_templates` (`id`) ON DELETE SET NULL);
-- Set sequence for "incident_checklists" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("incident_checklists", 111669149696);
-- Create index "incidentchecklist_incident_id_template_id" to table: "incident_checklists"
CREATE UNIQUE INDEX `incidentchecklist_incident_id_template_id` ON `incident_checklists` (`incident_id`, `template_id`);
-- Create "message_templates" table
CREATE TABLE `message_templates` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `audience` text NOT NULL, `name` text NOT NULL, `body` text NOT NULL, `created_by_id` integer NULL, CONSTRAINT `message_templates_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "message_templates" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("message_templates", 115964116992);
-- Create index "messagetemplate_audience_name" to table: "message_templates"
CREATE UNIQUE INDEX `messagetemplate_audience_name` ON `message_templates` (`audience`, `name`);
-- Create "reports" table
CREATE TABLE `reports` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `audience` text NOT NULL, `title` text NOT NULL, `body` text NOT NULL, `generated_at` datetime NOT NULL, `period_start` datetime NULL, `period_end` datetime NULL, `scope` text NULL, `analysis_filter` text NULL, `definitions` json NULL, `published_version` integer NOT NULL DEFAULT (0), `published_at` datetime NULL, `changed_since_publish` bool NOT NULL DEFAULT (false), `incident_id` integer NULL, `created_by_id` integer NULL, `template_id` integer NULL, `generated_by_id` integer NULL, CONSTRAINT `reports_incidents_reports` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE SET NULL, CONSTRAINT `reports_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `reports_report_templates_template` FOREIGN KEY (`template_id`) REFERENCES `report_templates` (`id`) ON DELETE SET NULL, CONSTRAINT `reports_users_generated_by` FOREIGN KEY (`generated_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "reports" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("reports", 120259084288);
-- Create index "report_incident_id" to table: "reports"
CREATE INDEX `report_incident_id` ON `reports` (`incident_id`);
-- Create index "report_published_at" to table: "reports"
CREATE INDEX `report_published_at` ON `reports` (`published_at`);
-- Create "report_templates" table
CREATE TABLE `report_templates` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `audience` text NOT NULL, `name` text NOT NULL, `description` text NULL, `body` text NOT NULL, `internal_details` bool NOT NULL DEFAULT (true), `technical_detail` bool NOT NULL DEFAULT (true), `created_by_id` integer NULL, CONSTRAINT `report_templates_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "report_templates" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("report_templates", 124554051584);
-- Create index "reporttemplate_audience_name" to table: "report_templates"
CREATE UNIQUE INDEX `reporttemplate_audience_name` ON `report_templates` (`audience`, `name`);
-- Create "report_versions" table
CREATE TABLE `report_versions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `number` integer NOT NULL, `title` text NOT NULL, `body` text NOT NULL, `generated_at` datetime NOT NULL, `scope` text NULL, `definitions` json NULL, `published_at` datetime NOT NULL, `report_id` integer NOT NULL, `created_by_id` integer NULL, CONSTRAINT `report_versions_reports_versions` FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`) ON DELETE NO ACTION, CONSTRAINT `report_versions_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "report_versions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("report_versions", 128849018880);
-- Create index "reportversion_report_id_number" to table: "report_versions"
CREATE UNIQUE INDEX `reportversion_report_id_number` ON `report_versions` (`report_id`, `number`);
-- Create "status_updates" table
CREATE TABLE `status_updates` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `audience` text NOT NULL, `channel` text NOT NULL, `recipients` text NOT NULL, `body` text NOT NULL, `sent_at` datetime NOT NULL, `incident_id` integer NOT NULL, `created_by_id` integer NULL, `timeline_event_id` integer NULL, CONSTRAINT `status_updates_incidents_status_updates` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE NO ACTION, CONSTRAINT `status_updates_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `status_updates_timeline_events_timeline_event` FOREIGN KEY (`timeline_event_id`) REFERENCES `timeline_events` (`id`) ON DELETE SET NULL);
-- Set sequence for "status_updates" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("status_updates", 133143986176);
-- Create index "statusupdate_incident_id_sent_at" to table: "status_updates"
CREATE INDEX `statusupdate_incident_id_sent_at` ON `status_updates` (`incident_id`, `sent_at`);
-- Create "workflow_steps" table
CREATE TABLE `workflow_steps` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `position` integer NOT NULL DEFAULT (0), `title` text NOT NULL, `guidance` text NULL, `role` text NULL, `created_by_id` integer NULL, `template_id` integer NOT NULL, CONSTRAINT `workflow_steps_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `workflow_steps_workflow_templates_steps` FOREIGN KEY (`template_id`) REFERENCES `workflow_templates` (`id`) ON DELETE NO ACTION);
-- Set sequence for "workflow_steps" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("workflow_steps", 137438953472);
-- Create index "workflowstep_template_id_position" to table: "workflow_steps"
CREATE INDEX `workflowstep_template_id_position` ON `workflow_steps` (`template_id`, `position`);
-- Create "workflow_templates" table
CREATE TABLE `workflow_templates` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `name` text NOT NULL, `description` text NULL, `severities` json NULL, `incident_types` json NULL, `created_by_id` integer NULL, CONSTRAINT `workflow_templates_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "workflow_templates" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("workflow_templates", 141733920768);
-- Create index "workflow_templates_name_key" to table: "workflow_templates"
CREATE UNIQUE INDEX `workflow_templates_name_key` ON `workflow_templates` (`name`);
-- Create "service_escalation_contacts" table
CREATE TABLE `service_escalation_contacts` (`service_id` integer NOT NULL, `user_id` integer NOT NULL, PRIMARY KEY (`service_id`, `user_id`), CONSTRAINT `service_escalation_contacts_service_id` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE, CONSTRAINT `service_escalation_contacts_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE);
