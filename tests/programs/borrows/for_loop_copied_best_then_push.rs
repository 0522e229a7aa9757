// The accepted twin of for_loop_best_ref_then_push_e0502: `best = *x` copies the number out, so nothing borrows v after the loop; and an `&(id, _)` pattern binds a copy too.
fn main() {
    let mut v = vec![3, 1, 2];
    let mut best = 0;
    for x in &v {
        if *x > best {
            best = *x;
        }
    }
    v.push(9);
    let data = vec![(1, String::from("a")), (2, String::from("b"))];
    let mut ids = Vec::new();
    for &(id, _) in &data {
        ids.push(id);
    }
    drop(data);
    println!("{} {:?} {:?}", best, v, ids);
}
// expect: 3 [3, 1, 2, 9] [1, 2]
