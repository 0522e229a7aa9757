// A closure with state: an FnMut id generator, passed by &mut to a helper and called again after.
fn take_three(next: &mut impl FnMut() -> u32) -> Vec<u32> {
    vec![next(), next(), next()]
}

fn main() {
    let mut id = 100;
    let mut next_id = || {
        id += 1;
        id
    };
    println!("{}", next_id());
    let batch = take_three(&mut next_id);
    println!("batch {:?}", batch);
    println!("{}", next_id());
    println!("id ended at {}", id);
}
// expect: 101
// expect: batch [102, 103, 104]
// expect: 105
// expect: id ended at 105
