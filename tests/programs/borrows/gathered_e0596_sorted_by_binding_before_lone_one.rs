// Errors are sorted by their place: `s`, borrowed twice, is reported at its binding, before `t`'s lone borrow between them.
fn main() {
    let s = String::new();
    let t = String::new();
    t.push('a');
    s.push('b');
    s.push('c');
}
// error: E0596 at 3:9
