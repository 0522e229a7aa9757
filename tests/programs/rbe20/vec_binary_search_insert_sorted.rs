// Keeping a Vec sorted by inserting at binary_search's Err position and skipping values found at Ok.
fn insert_sorted(v: &mut Vec<i32>, x: i32) {
    match v.binary_search(&x) {
        Ok(pos) => println!("{} already at {}", x, pos),
        Err(pos) => v.insert(pos, x),
    }
}

fn main() {
    let mut v = Vec::new();
    for x in [5, 1, 9, 5, 3, 7, 1] {
        insert_sorted(&mut v, x);
    }
    println!("{:?}", v);
}
// expect: 5 already at 1
// expect: 1 already at 0
// expect: [1, 3, 5, 7, 9]
