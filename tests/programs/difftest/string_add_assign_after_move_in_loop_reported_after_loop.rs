// A String moved into a closure inside a loop and then `+=`-ed is still moved after the loop: rustc visits the code after a `for` loop before its body, so the use there is the one reported (seed 2815009379).
fn main() {
    let mut s = String::from("stack");
    for i in 0..3 {
        if i > 5 {
            let f = move || s.len();
            println!("{} {}", f(), s);
            s += " pad";
        }
    }
    s.shrink_to_fit();
    println!("{}", s);
}
// error: E0382 at 11:5
