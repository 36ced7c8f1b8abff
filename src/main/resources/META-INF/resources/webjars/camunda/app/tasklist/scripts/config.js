// par-index: Tasklist in Vietnamese by default (locales/vi.json), with the app's name.
export default {
  app: {
    name: 'Chỉ số CCHC',
    vendor: 'Hệ thống'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  },
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },
  disableWelcomeMessage: true,
  // window.ParForms, shared by the embedded forms of bpmn/
  customScripts: ['scripts/par-forms'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'nhận xử lý công việc đang chọn'},
    focusFilter: {key: 'ctrl+shift+f', description: 'chuyển đến bộ lọc đầu tiên'},
    focusList: {key: 'ctrl+alt+l', description: 'chuyển đến công việc đầu tiên trong danh sách'},
    focusForm: {key: 'ctrl+alt+f', description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'},
    startProcess: {key: 'ctrl+alt+p', description: 'mở hộp thoại khởi tạo quy trình'}
  }
};
