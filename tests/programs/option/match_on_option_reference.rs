// Matching on `Option<&String>` binds a reference; the Vec keeps ownership.
fn main() {
    let names = vec![String::from("Ann"), String::from("Bob")];
    for i in 0..3 {
        match names.get(i) {
            Some(name) => println!("{}: {} ({} bytes)", i, name, name.len()),
            None => println!("{}: nobody", i),
        }
    }
    println!("{:?}", names);
}
// expect: 0: Ann (3 bytes)
// expect: 1: Bob (3 bytes)
// expect: 2: nobody
// expect: ["Ann", "Bob"]
