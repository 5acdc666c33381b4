package org.parley.model;

public enum PlaceKind {
    VENUE, CITY, COUNTRY, REGION
}
