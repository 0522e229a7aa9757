// A word list numbered by a kept `split_whitespace().enumerate()`: the header word is taken with `next`, the count goes on from 1.
fn main() {
    let line = String::from("fruits: apple pear plum");
    let mut words = line.split_whitespace().enumerate();
    let (_, title) = words.next().unwrap();
    println!("{}", title);
    while let Some((i, w)) = words.next() {
        println!("{}. {}", i, w);
    }
}
// expect: fruits:
// expect: 1. apple
// expect: 2. pear
// expect: 3. plum
