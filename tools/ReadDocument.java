import java.nio.file.Path;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;

/**
 * Reads one document from a file and exits 0, for tools/heap-per-byte.py: {@code java -cp
 * CLASSPATH tools/ReadDocument.java org.coproduction.core.initiative.Initiative FILE}.
 */
public class ReadDocument {
  public static void main(String[] args) throws Exception {
    Class<? extends Document> type = Class.forName(args[0]).asSubclass(Document.class);
    Document document = Documents.read(Path.of(args[1]), type);
    System.out.println(type.getSimpleName() + " read: " + document.getClass().getSimpleName());
  }
}
