// A format! argument that is itself a format! kept only the inner text (the outer macro took the inner one's format, checked and stored first).
let s = String::from("x");
let t = format!("[{}]", format!("<{}>", s));
println!("{}", t);
let u = format!("{}-{}", format!("a{}", 1), format!("b{}c", format!("d{}", s)));
println!("{}", u);
println!("({:>6}|{:<5})", format!("{}{}", s, s), format!("{:?}", s));
println!("{v} and {}", format!("{}!", t.len()), v = format!("v{}", u.len()));
// expect: [<x>]
// expect: a1-bdxc
// expect: (    xx|"x"  )
// expect: v7 and 5!
