// Both branches of an `if` hand on the first element of the pair: the second element's String may change afterwards.
let a = String::from("a");
let mut b = String::from("b");
let t = (&a, &b);
let flag = b.len() == 1;
let x = if flag { t.0 } else { t.0 };
b.push('!');
println!("{} {}", x, b);
// expect: a b!
