// `f() += 1` with f returning a Vec: E0368 (no AddAssign for Vec) comes before E0067 (not a place).
fn f() -> Vec<i32> {
    vec![]
}

fn main() {
    f() += 1;
}
// error: E0368 at 7:5
