// A closure assigning a borrow of its own variable to a captured reference (`best = &w;`, `out[0] = &s;`): the reference escapes the closure body, rustc's E0521 at the assignment.
fn main() {
    let mut best: &str = "";
    let words = vec![String::from("a"), String::from("bcd")];
    let mut pick = |i: usize| {
        let w = words[i].clone();
        if w.len() > best.len() {
            best = &w;
        }
    };
    pick(0);
    pick(1);
    println!("{}", best);
}
// error: E0521 at 8:13
