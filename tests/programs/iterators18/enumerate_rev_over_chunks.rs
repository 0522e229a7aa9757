// `rev` after `enumerate` over chunks and over a range: each index counts from the front, as std's Enumerate::next_back adds the length left.
fn main() {
    let v = [1, 2, 3, 4, 5];
    for (i, c) in v.chunks(2).enumerate().rev() {
        println!("{} {:?}", i, c);
    }
    let r: Vec<(usize, i32)> = (10..13).enumerate().rev().collect();
    println!("{:?}", r);
}
// expect: 2 [5]
// expect: 1 [3, 4]
// expect: 0 [1, 2]
// expect: [(2, 12), (1, 11), (0, 10)]
