// Sorting, dedup, binary_search (found and not found), retain and windows on a Vec.
fn main() {
    let mut v = vec![5, 3, 8, 3, 1, 8, 9];
    v.sort();
    v.dedup();
    println!("{:?}", v);
    println!("{:?} {:?}", v.binary_search(&8), v.binary_search(&4));
    v.retain(|&x| x != 5);
    println!("{:?}", v);
    for w in v.windows(2) {
        print!("{} ", w[1] - w[0]);
    }
    println!();
    let pos = v.iter().position(|&x| x == 9);
    println!("{:?}", pos);
    v.insert(1, 2);
    v.truncate(3);
    println!("{:?} {}", v, v.contains(&2));
}
// expect: [1, 3, 5, 8, 9]
// expect: Ok(3) Err(2)
// expect: [1, 3, 8, 9]
// expect: 2 5 1 
// expect: Some(3)
// expect: [1, 2, 3] true
