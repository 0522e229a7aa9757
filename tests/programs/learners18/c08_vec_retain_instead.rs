// The fix for removing while iterating: retain, drain with a range, and an index loop.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];
    v.retain(|&x| x % 2 == 0);
    println!("{v:?}");
    let mut w: Vec<String> = ["a", "bb", "ccc", "dd"].iter().map(|s| s.to_string()).collect();
    let drained: Vec<String> = w.drain(1..3).collect();
    println!("{w:?} {drained:?}");
    let mut u = vec![5, 1, 5, 2, 5];
    let mut i = 0;
    while i < u.len() {
        if u[i] == 5 {
            u.remove(i);
        } else {
            i += 1;
        }
    }
    println!("{u:?}");
}
// expect: [2, 4, 6]
// expect: ["a", "dd"] ["bb", "ccc"]
// expect: [1, 2]
