// A value moved before `while !(i >= 1) { use }` and used after the loop is reported in the loop: the negated test reaches the loop's exit first, so rustc visits the body before the code after the loop.
let s = String::from("a");
let t = s;
let mut i = 0;
while !(i >= 1) {
    println!("{}", s);
    i += 1;
}
println!("{} {}", s, t);
// error: E0382 at 6:20
