// A kept Filter hands out only the items its predicate accepts; `while let` takes them one by one.
fn main() {
    let words = vec!["apple", "bob", "cherry", "dan"];
    let mut long = words.iter().filter(|w| w.len() > 3);
    while let Some(w) = long.next() {
        println!("{}", w);
    }
    println!("{:?}", long.next());
}
// expect: apple
// expect: cherry
// expect: None
