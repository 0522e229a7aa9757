// When one branch of an `if` hands on the second element of a pair, its String stays borrowed: pushing to it is E0502.
let a = String::from("a");
let mut b = String::from("b");
let t = (&a, &b);
let flag = a.len() == 1;
let x = if flag { t.0 } else { t.1 };
b.push('!');
println!("{} {}", x, b);
// error: E0502 at 7:1
