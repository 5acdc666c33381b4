package org.parley.model;

public enum ActorKind {
    PERSON, ORGANIZATION, STATE
}
