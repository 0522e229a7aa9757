// Inside a closure, each mutable borrow of a captured variable not declared `mut` is its own E0596 at the use; the first is reported.
fn main() {
    let names: Vec<String> = Vec::new();
    let mut add = || {
        println!("adding");
        names.push(String::from("a"));
        names.push(String::from("b"));
    };
    add();
}
// error: E0596 at 6:9
