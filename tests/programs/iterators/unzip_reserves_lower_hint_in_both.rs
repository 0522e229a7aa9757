// unzip into two Vecs as std's: each reserves the iterator's lower size hint when above 0 (as `reserve`: at least 4 elements, 8 bytes' worth for u8), then each pair's halves are pushed; a filter's hint of 0 reserves nothing, and an into_iter's buffer is freed once spent.
fn main() {
    let pairs = vec![(1, 'a'), (2, 'b'), (3, 'c')];
    let (a, b): (Vec<i32>, Vec<char>) = pairs.iter().cloned().unzip();
    println!("{:?} {:?} {} {}", a, b, a.capacity(), b.capacity());
    let (c, d): (Vec<i32>, Vec<char>) = pairs.iter().filter(|p| p.0 > 1).cloned().unzip();
    println!("{:?} {:?} {} {}", c, d, c.capacity(), d.capacity());
    let (names, ids): (Vec<String>, Vec<usize>) = vec![(String::from("ann"), 1), (String::from("bo"), 2)].into_iter().unzip();
    println!("{:?} {:?} {} {}", names, ids, names.capacity(), ids.capacity());
    let (g, h): (Vec<u8>, Vec<u64>) = (0..5u8).map(|x| (x, x as u64 * 10)).unzip();
    println!("{:?} {:?} {} {}", g, h, g.capacity(), h.capacity());
}
// expect: [1, 2, 3] ['a', 'b', 'c'] 4 4
// expect: [2, 3] ['b', 'c'] 4 4
// expect: ["ann", "bo"] [1, 2] 4 4
// expect: [0, 1, 2, 3, 4] [0, 10, 20, 30, 40] 8 5
