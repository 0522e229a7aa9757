// for (index, value) in v.iter().enumerate() destructuring the tuple.
fn main() {
    let v = vec!['a', 'b', 'c'];
    for (index, value) in v.iter().enumerate() {
        println!("{} is at index {}", value, index);
    }
}
// expect: a is at index 0
// expect: b is at index 1
// expect: c is at index 2
