package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.*;

import org.coproduction.core.principle.PrincipleFramework;
import org.junit.jupiter.api.Test;

class DocumentsSpikeTest {
  String good = """
      {"schemaVersion":1,"id":"f","version":"1","name":"F","principles":[
        {"id":"a","name":"A","description":"d","source":{"document":"x","section":"y"}},
        {"id":"b","name":"B","description":"d","source":{"document":"x","section":"y"}}]}""";

  @Test
  void spike() {
    PrincipleFramework f = Documents.read(good, PrincipleFramework.class);
    String out = Documents.write(f);
    System.out.println(out);
    assertEquals(f, Documents.read(out, PrincipleFramework.class));
    for (String bad : new String[] {
        good.replace("\"id\":\"b\"", "\"id\":\"a\""),
        good.replace("\"name\":\"B\",", ""),
        good.replace("\"name\":\"B\",", "\"name\":\"B\",\"x\":1,"),
        good.replace("\"name\":\"B\",", "\"name\":null,"),
        good.replace("\"name\":\"B\",", "\"name\":3,"),
        good.replace("\"name\":\"B\",", "\"name\":[],"),
        good.replace("\"id\":\"b\"", "\"id\":\"b c\""),
        good.replace("\"section\":\"y\"}}]", "\"section\":\" \"}}]"),
        good.replace("1,", "2,"),
        good.substring(0, 50),
        "[" + "[".repeat(100),
        good.replace("\"name\":\"B\",", "\"name\":\"B\",\"name\":\"C\","),
    }) {
      CoProductionException e = assertThrows(CoProductionException.class, () -> Documents.read(bad, PrincipleFramework.class), bad);
      System.out.println(e.getMessage());
    }
  }
}
