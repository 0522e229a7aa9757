// Closure parameters destructured: |&(a, b)| over a Vec of pairs, and |(i, c)| over enumerate.
fn main() {
    let pairs = vec![(1, 2), (3, 4), (5, 6)];
    let sums: Vec<i32> = pairs.iter().map(|&(a, b)| a + b).collect();
    println!("{:?}", sums);
    let marked: String = "abc".chars().enumerate().map(|(i, c)| if i == 1 { '_' } else { c }).collect();
    println!("{}", marked);
    let big: Vec<&(i32, i32)> = pairs.iter().filter(|(a, _)| *a > 1).collect();
    println!("{:?}", big);
}
// expect: [3, 7, 11]
// expect: a_c
// expect: [(3, 4), (5, 6)]
