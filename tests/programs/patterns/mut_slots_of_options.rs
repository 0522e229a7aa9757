// Iterating `&mut Vec<Option<i32>>` binds each payload as `&mut i32` through default binding modes.
fn main() {
    let mut slots = vec![Some(1), None, Some(3)];
    for slot in &mut slots {
        if let Some(x) = slot {
            *x *= 10;
        } else {
            *slot = Some(0);
        }
    }
    println!("{:?}", slots);
    for slot in slots.iter_mut() {
        match slot {
            Some(0) => *slot = None,
            Some(n) => *n += 1,
            None => {}
        }
    }
    println!("{:?}", slots);
}
// expect: [Some(10), Some(0), Some(30)]
// expect: [Some(11), None, Some(31)]
