// iter::successors yields the first item, then each one its closure makes from the last, until None; a Vec collects after the first item as for any unsized hint.
use std::iter::successors;

fn main() {
    let powers: Vec<u64> = successors(Some(1u64), |&x| if x < 1000 { Some(x * 10) } else { None }).collect();
    println!("{:?}", powers);
    let collatz: Vec<u32> = successors(Some(6u32), |&n| {
        if n == 1 {
            None
        } else if n % 2 == 0 {
            Some(n / 2)
        } else {
            Some(3 * n + 1)
        }
    })
    .collect();
    println!("{:?}", collatz);
    let none: Vec<i32> = successors(None, |x: &i32| Some(x + 1)).collect();
    println!("{:?}", none);
    let halves: Vec<String> = successors(Some(String::from("abcdefgh")), |s| {
        if s.len() > 1 { Some(s[..s.len() / 2].to_string()) } else { None }
    })
    .collect();
    println!("{:?}", halves);
    for n in successors(Some(3), |n| Some(n - 1)).take_while(|n| *n > 0) {
        println!("{}", n);
    }
}
// expect: [1, 10, 100, 1000]
// expect: [6, 3, 10, 5, 16, 8, 4, 2, 1]
// expect: []
// expect: ["abcdefgh", "abcd", "ab", "a"]
// expect: 3
// expect: 2
// expect: 1
