// The back consumers over adapters (rfind over a filter, nth_back over take and step_by, rposition after skip, rfind over a zip), a map zipped and reversed, and cycle over an empty slice, char_indices, a zip and a chain.
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    println!("{:?}", v.iter().filter(|x| *x % 2 == 1).rfind(|x| **x < 5));
    println!("{:?}", v.iter().take(4).nth_back(1));
    println!("{:?}", v.iter().skip(2).rposition(|x| *x == 4));
    println!("{:?}", v.iter().step_by(2).nth_back(0));
    println!("{:?}", v.iter().zip(v.iter().skip(1)).rfind(|(a, b)| *a + *b < 8));
    let w: Vec<i32> = v.iter().map(|x| { print!("m{} ", x); *x }).zip(1..4).rev().map(|(a, b)| a * b).collect();
    println!("{:?}", w);
    let e: Vec<&i32> = Vec::new();
    let c: Vec<&&i32> = e.iter().cycle().take(3).collect();
    println!("{:?} {:?}", c, e.iter().cycle().size_hint());
    let s: Vec<(usize, char)> = "héllo".char_indices().cycle().take(7).collect();
    println!("{:?}", s);
    let z: Vec<(i32, char)> = (1..3).zip("ab".chars()).cycle().take(5).collect();
    println!("{:?}", z);
    let t: Vec<i32> = (1..=3).chain(7..9).cycle().take(8).collect();
    println!("{:?}", t);
}
// expect: Some(3)
// expect: Some(3)
// expect: Some(1)
// expect: Some(5)
// expect: Some((3, 4))
// expect: m6 m5 m4 m3 m2 m1 [9, 4, 1]
// expect: [] (0, Some(0))
// expect: [(0, 'h'), (1, 'é'), (3, 'l'), (4, 'l'), (5, 'o'), (0, 'h'), (1, 'é')]
// expect: [(1, 'a'), (2, 'b'), (1, 'a'), (2, 'b'), (1, 'a')]
// expect: [1, 2, 3, 7, 8, 1, 2, 3]
