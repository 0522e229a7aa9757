// iter::repeat(x).take(n) clones x at each item and drops x when the iterator is dropped; collect allocates n at once (Take<Repeat> is TrustedLen).
use std::iter;

fn main() {
    let words: Vec<String> = iter::repeat(String::from("ab")).take(3).collect();
    println!("{:?}", words);
    let line: String = iter::repeat('-').take(10).collect();
    println!("{}", line);
    for s in std::iter::repeat(vec![1, 2]).take(2) {
        println!("{:?}", s);
    }
    let total: i32 = iter::repeat(5).take(4).sum();
    println!("{}", total);
    let zipped: Vec<(i32, char)> = vec![1, 2, 3].into_iter().zip(iter::repeat('x')).collect();
    println!("{:?}", zipped);
}
// expect: ["ab", "ab", "ab"]
// expect: ----------
// expect: [1, 2]
// expect: [1, 2]
// expect: 20
// expect: [(1, 'x'), (2, 'x'), (3, 'x')]
