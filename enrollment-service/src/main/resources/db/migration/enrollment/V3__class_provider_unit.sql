-- The unit of the register that runs a class (the provincial Political School), when it is one: that unit's
-- training providers record the class's results. Null for a provider outside the register (abroad, a university
-- elsewhere): then only someone with the permission over a whole province records them.
ALTER TABLE training_class ADD COLUMN provider_unit_id uuid;
