// max_by_key and min_by_key on ties, rposition, unzip, cycle+take, sort by a Reverse key, product, char_indices reversed, dedup_by_key, chunks_exact.
use std::cmp::Reverse;

fn main() {
    let words = ["bb", "a", "cc", "d", "ee"];
    println!("{:?}", words.iter().max_by_key(|w| w.len()));
    println!("{:?}", words.iter().min_by_key(|w| w.len()));
    println!("{:?}", words.iter().rposition(|w| w.len() == 1));
    let pairs = vec![(1, 'x'), (2, 'y'), (3, 'z')];
    let (nums, chars): (Vec<i32>, Vec<char>) = pairs.iter().cloned().unzip();
    println!("{:?} {:?}", nums, chars);
    let cyc: String = "ab".chars().cycle().take(5).collect();
    println!("{}", cyc);
    let mut scores = vec![("ann", 3), ("bob", 9), ("cy", 3), ("dee", 9)];
    scores.sort_unstable_by_key(|&(name, s)| (Reverse(s), name));
    println!("{:?}", scores);
    let product: u64 = (1..=10).product();
    let fsum: f64 = [0.1, 0.2, 0.3].iter().sum();
    println!("{} {}", product, fsum);
    for (i, c) in "héllo".char_indices().rev().take(3) {
        print!("{}:{} ", i, c);
    }
    println!();
    let mut total = 0;
    (1..=4).for_each(|x| total += x * x);
    println!("{}", total);
    let letters: Vec<char> = vec!["ab", "", "cd"].into_iter().flat_map(|s| s.chars()).chain(std::iter::once('!')).collect();
    println!("{:?}", letters);
    let mut v = vec![10, 11, 20, 21, 22, 30];
    v.dedup_by_key(|x| *x / 10);
    println!("{:?}", v);
    let exact: Vec<i32> = [1, 2, 3, 4, 5].chunks_exact(2).map(|c| c[0] * c[1]).collect();
    println!("{:?}", exact);
}
// expect: Some("ee")
// expect: Some("a")
// expect: Some(3)
// expect: [1, 2, 3] ['x', 'y', 'z']
// expect: ababa
// expect: [("bob", 9), ("dee", 9), ("ann", 3), ("cy", 3)]
// expect: 3628800 0.6000000000000001
// expect: 5:o 4:l 3:l 
// expect: 30
// expect: ['a', 'b', 'c', 'd', '!']
// expect: [10, 20, 30]
// expect: [2, 12]
