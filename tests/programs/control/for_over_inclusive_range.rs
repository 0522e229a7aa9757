// `for i in a..=b` includes b itself.
fn main() {
    for i in 1..=3 {
        println!("{} squared is {}", i, i * i);
    }
}
// expect: 1 squared is 1
// expect: 2 squared is 4
// expect: 3 squared is 9
