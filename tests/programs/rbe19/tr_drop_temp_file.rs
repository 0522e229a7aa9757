// A Drop impl that reports a resource being released, also when the owner is moved into a function.
struct TempFile {
    path: String,
}

impl TempFile {
    fn new(path: &str) -> TempFile {
        println!("creating {}", path);
        TempFile { path: path.to_string() }
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        println!("removing {}", self.path);
    }
}

fn consume(f: TempFile) {
    println!("using {}", f.path);
}

fn main() {
    let a = TempFile::new("a.txt");
    let b = TempFile::new("b.txt");
    consume(a);
    println!("still have {}", b.path);
}
// expect: creating a.txt
// expect: creating b.txt
// expect: using a.txt
// expect: removing a.txt
// expect: still have b.txt
// expect: removing b.txt
