package org.coproduction.checklist;

import org.coproduction.testsupport.ApiMarkersContract;

/**
 * Every type a consumer can reach in this module says how stable it is, and every exported package
 * that nothing in it is null unless marked: the checks are {@link ApiMarkersContract}'s, run on
 * this module.
 */
class ApiMarkersTest extends ApiMarkersContract {
  ApiMarkersTest() {
    super(Checklist.class);
  }
}
