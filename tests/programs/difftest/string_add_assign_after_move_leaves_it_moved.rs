// `s += ".."` on a moved String only borrows it (AddAssign::add_assign(&mut s, ..)), so it stays moved: the next iteration's use, first in rustc's order, is the one reported (seed 2815009379).
fn main() {
    let mut s = String::from("stack");
    let quiet = true;
    for _ in 0..3 {
        let n = s.len();
        println!("{}", n);
        if quiet {
        } else {
            let f = move || s.len();
            println!("{}", f());
            s += " pad";
        }
    }
}
// error: E0382 at 6:17
