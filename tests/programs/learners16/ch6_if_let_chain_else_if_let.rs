// if let with else if let over two different Options, printing which one matched.
fn main() {
    let primary: Option<&str> = None;
    let backup: Option<&str> = Some("backup.example");
    if let Some(p) = primary {
        println!("primary {}", p);
    } else if let Some(b) = backup {
        println!("backup {}", b);
    } else {
        println!("none");
    }
}
// expect: backup backup.example
