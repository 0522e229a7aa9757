// Passport fields (AoC 2020 day 4): blocks split on blank lines into HashMap<&str, &str>, each field validated with strip_suffix, ranges contains and all.
use std::collections::HashMap;

fn valid_height(h: &str) -> bool {
    if let Some(cm) = h.strip_suffix("cm") {
        match cm.parse::<u32>() {
            Ok(n) => (150..=193).contains(&n),
            Err(_) => false,
        }
    } else if let Some(inch) = h.strip_suffix("in") {
        inch.parse::<u32>().map(|n| n >= 59 && n <= 76).unwrap_or(false)
    } else {
        false
    }
}

fn valid_field(key: &str, value: &str) -> bool {
    match key {
        "byr" => value.parse::<u32>().map_or(false, |y| (1920..=2002).contains(&y)),
        "iyr" => value.parse::<u32>().map_or(false, |y| (2010..=2020).contains(&y)),
        "eyr" => value.parse::<u32>().map_or(false, |y| (2020..=2030).contains(&y)),
        "hgt" => valid_height(value),
        "hcl" => value.len() == 7 && value.starts_with('#') && value[1..].chars().all(|c| c.is_ascii_hexdigit()),
        "ecl" => ["amb", "blu", "brn", "gry", "grn", "hzl", "oth"].contains(&value),
        "pid" => value.len() == 9 && value.chars().all(|c| c.is_ascii_digit()),
        "cid" => true,
        _ => false,
    }
}

fn main() {
    let input = "ecl:gry pid:860033327 eyr:2020 hcl:#fffffd
byr:1937 iyr:2017 cid:147 hgt:183cm

iyr:2013 ecl:amb cid:350 eyr:2023 pid:028048884
hcl:#cfa07d byr:1929

hcl:#ae17e1 iyr:2013
eyr:2024
ecl:brn pid:760753108 byr:1931
hgt:179cm

hcl:#cfa07d eyr:2025 pid:166559648
iyr:2011 ecl:brn hgt:59in";
    let required = ["byr", "iyr", "eyr", "hgt", "hcl", "ecl", "pid"];
    let mut part1 = 0;
    let mut part2 = 0;
    for block in input.split("\n\n") {
        let mut fields: HashMap<&str, &str> = HashMap::new();
        for pair in block.split_whitespace() {
            let (k, v) = pair.split_once(':').unwrap();
            fields.insert(k, v);
        }
        let has_all = required.iter().all(|r| fields.contains_key(r));
        if has_all {
            part1 += 1;
            if fields.iter().all(|(k, v)| valid_field(k, v)) {
                part2 += 1;
            }
        }
        let mut keys: Vec<_> = fields.keys().collect();
        keys.sort();
        println!("{:?} complete={}", keys, has_all);
    }
    println!("{} {}", part1, part2);
}
// expect: ["byr", "cid", "ecl", "eyr", "hcl", "hgt", "iyr", "pid"] complete=true
// expect: ["byr", "cid", "ecl", "eyr", "hcl", "iyr", "pid"] complete=false
// expect: ["byr", "ecl", "eyr", "hcl", "hgt", "iyr", "pid"] complete=true
// expect: ["ecl", "eyr", "hcl", "hgt", "iyr", "pid"] complete=false
// expect: 2 2
