// split keeps the empty pieces, split_terminator drops a final empty one, splitn stops after n pieces, rsplit goes from the right, matches yields what matched.
let s = "a,b,,c,";
println!("{}", s.split(',').count());
for p in s.split(',') { print!("[{}]", p); }
println!();
for p in s.split_terminator(',') { print!("[{}]", p); }
println!();
for p in s.splitn(3, ',') { print!("[{}]", p); }
println!();
for p in s.rsplit(',') { print!("[{}]", p); }
println!();
for (i, m) in "abcabc".match_indices("bc") { print!("{}:{} ", i, m); }
println!();
println!("{}", "abc".split("").count());
// expect: 5
// expect: [a][b][][c][]
// expect: [a][b][][c]
// expect: [a][b][,c,]
// expect: [][c][][b][a]
// expect: 1:bc 4:bc 
// expect: 5
