// A panic! whose argument is a format! printed the inner format's text as the whole message.
let n = 3;
assert!(n < 10, "first {}", format!("<{}>", n));
panic!("outer {} end", format!("inner {}", n));
// panic: outer inner 3 end
// panic-at: 4:1
