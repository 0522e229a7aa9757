// Extended temporaries inside loop bodies are made and freed once per iteration, the untaken branch's slot staying empty.
fn main() {
    let mut total = 0;
    for i in 0..3 {
        let r = if i % 2 == 0 { &String::from("even") } else { &String::from("odd") };
        let k = &vec![i, i + 1][1];
        total += r.len() + *k;
    }
    let mut n = 0;
    while n < 2 {
        let s = &mut String::from("w");
        s.push('!');
        n += 1;
        println!("{}", s);
    }
    println!("{}", total);
}
// expect: w!
// expect: w!
// expect: 17
