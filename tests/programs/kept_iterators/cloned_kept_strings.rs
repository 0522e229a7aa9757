// `names.iter().cloned()` kept is std's Cloned { it }: each `next` clones a String (an allocation), the original Vec keeps its own.
fn main() {
    let names = vec![String::from("ann"), String::from("bob")];
    let mut it = names.iter().cloned();
    let a: String = it.next().unwrap();
    println!("{a} {:?}", it);
    let b = it.next();
    println!("{:?} {:?} {:?}", b, it.next(), names);
}
// expect: ann Cloned { it: Iter(["bob"]) }
// expect: Some("bob") None ["ann", "bob"]
