// Every std function std_values.def lists, named as a value and called once, gives what std's gives.
fn main() {
    let s = String::from(" Hi ");
    let (a, b, c, d, e) = (String::len, String::is_empty, String::as_str, String::capacity, String::clone);
    println!("{} {} {:?} {} {:?}", a(&s), b(&s), c(&s), d(&s), e(&s));
    let t = " Ab ";
    let (f, g, h, i, j) = (str::len, str::is_empty, str::to_uppercase, str::to_lowercase, str::to_ascii_uppercase);
    println!("{} {} {:?} {:?} {:?}", f(t), g(t), h(t), i(t), j(t));
    let (k, l, m, n, o, p) = (str::to_ascii_lowercase, str::trim, str::trim_start, str::trim_end, str::to_string, str::to_owned);
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", k(t), l(t), m(t), n(t), o(t), p(t));
    let cs: Vec<bool> = "a1 B".chars().map(char::is_alphabetic).chain("a1 B".chars().map(char::is_numeric)).collect();
    println!("{:?}", cs);
    let ds: Vec<bool> = "a1 B".chars().map(char::is_alphanumeric).chain("a1 B".chars().map(char::is_whitespace)).collect();
    println!("{:?}", ds);
    let es: Vec<bool> = "a1 B".chars().map(char::is_uppercase).chain("a1 B".chars().map(char::is_lowercase)).collect();
    println!("{:?}", es);
    let x = 'q';
    println!("{} {} {} {} {} {} {}", (char::is_ascii_digit)(&x), (char::is_ascii_alphabetic)(&x),
        (char::is_ascii_uppercase)(&x), (char::is_ascii_lowercase)(&x),
        (char::is_ascii_punctuation)(&x), (char::to_ascii_uppercase)(&x), (char::to_ascii_lowercase)(&'Q'));
    let ns = vec![-3, 0, 5];
    let abs: Vec<i32> = ns.iter().copied().map(i32::abs).collect();
    let sig: Vec<i32> = ns.iter().copied().map(i32::signum).collect();
    let pos: Vec<bool> = ns.iter().copied().map(i32::is_positive).collect();
    let neg: Vec<bool> = ns.iter().copied().map(i32::is_negative).map(|b| !b).collect();
    println!("{:?} {:?} {:?} {:?}", abs, sig, pos, neg);
    let (pw, mx, mn, co, ts) = (u32::pow, u8::max, i16::min, u32::count_ones, i32::to_string);
    println!("{} {} {} {} {:?}", pw(3, 4), mx(7, 9), mn(-2, 4), co(255), ts(&-12));
    let fs = vec![2.25f64, -1.5];
    let r: Vec<f64> = fs.iter().copied().map(f64::abs).map(f64::sqrt).collect();
    let q: Vec<f64> = fs.iter().copied().map(f64::floor).chain(fs.iter().copied().map(f64::ceil)).chain(fs.iter().copied().map(f64::round)).collect();
    println!("{:?} {:?} {} {}", r, q, fs.iter().copied().fold(0.0, f64::max), fs.iter().copied().fold(0.0, f64::min));
    let os = vec![Some(1), None];
    let somes: Vec<bool> = os.iter().map(Option::is_some).chain(os.iter().map(Option::is_none)).collect();
    println!("{:?} {}", somes, (Option::unwrap)(Some(4)));
    let rs: Vec<Result<i32, String>> = vec![Ok(1), Err(String::from("e"))];
    let oks: Vec<bool> = rs.iter().map(Result::is_ok).chain(rs.iter().map(Result::is_err)).collect();
    println!("{:?} {:?}", oks, rs.into_iter().map(Result::ok).collect::<Vec<Option<i32>>>());
    let rr: Result<u8, String> = Ok(3);
    println!("{}", (Result::unwrap)(rr));
    let vs = vec![vec![1], vec![]];
    let lens: Vec<usize> = vs.iter().map(Vec::len).collect();
    let empties: Vec<bool> = vs.iter().map(Vec::is_empty).collect();
    println!("{:?} {:?} {:?}", lens, empties, [1.5, 2.0].iter().map(ToString::to_string).collect::<Vec<String>>());
    let (sn, vn, sf, bn) = (String::new, Vec::new, String::from, Box::new);
    let empty: Vec<u8> = vn();
    println!("{:?} {:?} {:?} {}", sn(), empty, sf("x"), bn(7));
    let (so, ok, er) = (Some, Ok, Err);
    let (good, bad): (Result<i32, bool>, Result<i32, bool>) = (ok(1), er(true));
    println!("{:?} {:?} {:?}", so('c'), good, bad);
}
// expect: 4 false " Hi " 4 " Hi "
// expect: 4 false " AB " " ab " " AB "
// expect: " ab " "Ab" "Ab " " Ab" " Ab " " Ab "
// expect: [true, false, false, true, false, true, false, false]
// expect: [true, true, false, true, false, false, true, false]
// expect: [false, false, false, true, true, false, false, false]
// expect: false true false true false Q q
// expect: [3, 0, 5] [-1, 0, 1] [false, false, true] [false, true, true]
// expect: 81 9 -2 8 "-12"
// expect: [1.5, 1.224744871391589] [2.0, -2.0, 3.0, -1.0, 2.0, -2.0] 2.25 -1.5
// expect: [true, false, false, true] 4
// expect: [true, false, false, true] [Some(1), None]
// expect: 3
// expect: [1, 0] [false, true] ["1.5", "2"]
// expect: "" [] "x" 7
// expect: Some('c') Ok(1) Err(true)
