// A `split(':')` kept in a variable hands out its first piece with `next`, and `collect` then takes the pieces left.
fn main() {
    let line = String::from("name:alice:admin:42");
    let mut parts = line.split(':');
    let field = parts.next().unwrap();
    let rest: Vec<&str> = parts.collect();
    println!("{} -> {:?}", field, rest);
}
// expect: name -> ["alice", "admin", "42"]
