// A field inside one that was moved out as a whole has nowhere to go: `p.b.0 = ...` after `let x = p.b;` is E0382.
struct P {
    b: (String, String),
}

fn main() {
    let mut p = P { b: (String::from("b0"), String::from("b1")) };
    let x = p.b;
    p.b.0 = String::from("new");
    println!("{}", x.0);
}
// error: E0382 at 9:5
