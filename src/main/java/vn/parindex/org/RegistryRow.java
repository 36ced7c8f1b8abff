package vn.parindex.org;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.parindex.web.Text;

/** Reads one data row of the unit registry, adding a Vietnamese problem per bad cell. */
final class RegistryRow {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.]{1,32}");

    private final List<String> row;
    private final int rowNumber;
    private final List<UnitType> types;
    private final int electronicIdColumn;
    private final List<String> problems;

    /** {@code electronicIdColumn}: where the file has that optional column, or -1. */
    RegistryRow(List<String> row, int rowNumber, List<UnitType> types, int electronicIdColumn, List<String> problems) {
        this.row = row;
        this.rowNumber = rowNumber;
        this.types = types;
        this.electronicIdColumn = electronicIdColumn;
        this.problems = problems;
    }

    String at(int column) {
        return "Dòng " + rowNumber + ", cột " + UnitRegistry.columnName(column) + ": ";
    }

    /** The unit of the row, or null when any cell is bad; without the identifier column its identifier is null. */
    Unit unit() {
        int before = problems.size();
        String code = cell(0);
        if (!CODE.matcher(code).matches()) {
            problems.add(at(0) + "mã phải gồm 1–32 chữ cái không dấu, chữ số, '.' hoặc '_' (đang là \"" + code + "\").");
        }
        String name = required(1, "tên đơn vị", Text.NAME_CHARS);
        UnitType type = UnitTypes.find(types, cell(2)).orElse(null);
        if (type == null) {
            problems.add(at(2) + "loại đơn vị \"" + cell(2) + "\" không hợp lệ; dùng một trong: "
                    + String.join(", ", types.stream().map(t -> t.code() + " (" + t.label() + ")").toList()) + ".");
        }
        String block = required(3, "khối xếp hạng", 64);
        String parent = cell(4).isEmpty() ? null : cell(4);
        LocalDate from = date(5, true);
        LocalDate to = date(6, false);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(at(6) + "ngày hết hiệu lực trước ngày bắt đầu hiệu lực.");
        }
        List<String> predecessors = cell(7).isEmpty() ? List.of()
                : Arrays.stream(cell(7).split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        if (code.equals(parent) || predecessors.contains(code)) {
            problems.add(at(4) + "đơn vị không thể là cấp trên hoặc tiền thân của chính nó.");
        }
        String electronicId = electronicId();
        return problems.size() > before ? null
                : new Unit(code, name, type, block, parent, from, to, predecessors, electronicId);
    }

    String cell(int column) {
        return column >= 0 && column < row.size() ? row.get(column).trim() : "";
    }

    private String electronicId() {
        String id = ElectronicId.normalized(cell(electronicIdColumn));
        if (id.isEmpty()) {
            return null;
        }
        if (!ElectronicId.wellFormed(id)) {
            problems.add(at(electronicIdColumn) + "mã định danh điện tử gồm " + ElectronicId.SHAPE_TEXT + " (đang là \""
                    + cell(electronicIdColumn) + "\").");
        }
        return id;
    }

    private String required(int column, String what, int maxLength) {
        String value = cell(column);
        if (value.isEmpty()) {
            problems.add(at(column) + "thiếu " + what + ".");
        } else if (value.length() > maxLength) {
            problems.add(at(column) + what + " dài quá " + maxLength + " ký tự.");
        } else if (!Text.isCleanLine(value)) {
            problems.add(at(column) + what + " " + Text.ONE_LINE + ".");
        }
        return value;
    }

    private LocalDate date(int column, boolean required) {
        String value = cell(column);
        if (value.isEmpty()) {
            if (required) {
                problems.add(at(column) + "thiếu ngày (dd/mm/yyyy).");
            }
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, UnitRegistry.VIETNAMESE_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(at(column) + "ngày \"" + value + "\" không hợp lệ (dd/mm/yyyy).");
            return null;
        }
    }
}
