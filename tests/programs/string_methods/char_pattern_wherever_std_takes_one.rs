// Regression (difftest): a char is a pattern wherever std takes one (it was rejected by replace): contains, find, split, trim_matches, strip_prefix.
let s = String::from("a-b-c");
println!("{}", s.replace('-', "+"));
println!("{} {:?} {:?}", s.contains('b'), s.find('c'), s.rfind('-'));
println!("{:?} {:?}", s.strip_prefix('a'), s.split_once('-'));
println!("{}", "--x--".trim_matches('-'));
for part in s.split('-') {
    println!("{}", part);
}
// expect: a+b+c
// expect: true Some(4) Some(3)
// expect: Some("-b-c") Some(("a", "b-c"))
// expect: x
// expect: a
// expect: b
// expect: c
