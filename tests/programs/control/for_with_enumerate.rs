// `.iter().enumerate()` pairs each element with its index.
fn main() {
    let fruits = vec!["apple", "banana", "cherry"];
    for (i, fruit) in fruits.iter().enumerate() {
        println!("{}: {}", i, fruit);
    }
}
// expect: 0: apple
// expect: 1: banana
// expect: 2: cherry
